"""Why the operating system refused a download, a save or a read, in plain words the window can translate.

The system's own text ("Connection refused", "No space left on device") is English in every language, and
worded for programmers; the common reasons become a `message(...)` here instead. Nothing here imports torch.
"""

from __future__ import annotations

import errno
import socket
import urllib.error

from mmstudio.core.messages import message

# errno values whose exception class does not already say what happened (see os_reason)
_BY_ERRNO = {
    errno.ENOSPC: message("the disk is full"),
    errno.EROFS: message("the disk is read-only"),
    errno.ENETUNREACH: message("the server could not be reached, perhaps because this computer is offline"),
    errno.EHOSTUNREACH: message("the server could not be reached, perhaps because this computer is offline"),
}


def os_reason(error: BaseException) -> str:
    """Why `error` (an OSError, or urllib's URLError around one) happened: a plain clause, a Message, for the
    common reasons (the connection refused, the server not found or too slow, the disk full or read-only, no
    permission, no such file); the system's own words (or the web server's, "Not Found") for any other."""
    if isinstance(error, urllib.error.HTTPError):  # the server answered, with its own reason
        return str(error.reason or error)
    reason = error.reason if isinstance(error, urllib.error.URLError) else error  # the socket's error, or a text
    if isinstance(reason, socket.gaierror):  # first: it is an OSError whose errno is the resolver's, not errno's
        return message("the server was not found, perhaps because this computer is offline")
    if isinstance(reason, ConnectionRefusedError):
        return message("the server refused the connection")
    if isinstance(reason, TimeoutError):
        return message("the server did not answer in time")
    if isinstance(reason, ConnectionResetError):
        return message("the connection was cut off")
    if isinstance(reason, PermissionError):
        return message("mmstudio is not allowed to use that file or folder")
    if isinstance(reason, FileNotFoundError):
        return message("the file or folder does not exist")
    if isinstance(reason, OSError):
        if reason.errno in _BY_ERRNO:
            return _BY_ERRNO[reason.errno]
        return str(reason.strerror or reason)
    return str(reason)
