"""Adam with decoupled weight decay, written out on torch's multi-tensor ("foreach") operations.

The update is torch.optim.AdamW's with its default flags. It is written here because building any torch.optim
optimizer imports torch's compiler stack (torch._dynamo) the first time: about 1.7 s, longer than training a
small model for a few epochs takes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import torch


class AdamW:
    """`lr` may be changed between steps (the trainer's schedule sets it before each one)."""

    def __init__(
        self,
        parameters: Iterable[torch.nn.Parameter],
        lr: float,
        weight_decay: float = 0.0,
        betas: tuple[float, float] = (0.9, 0.999),
        eps: float = 1e-8,
    ) -> None:
        self.parameters = [p for p in parameters if p.requires_grad]
        self.lr, self.weight_decay, self.betas, self.eps = lr, weight_decay, betas, eps
        self.steps = 0
        self.averages = [torch.zeros_like(p) for p in self.parameters]
        self.squares = [torch.zeros_like(p) for p in self.parameters]

    def zero_grad(self) -> None:
        for parameter in self.parameters:
            parameter.grad = None

    @torch.no_grad()
    def step(self) -> None:
        chosen = [k for k, p in enumerate(self.parameters) if p.grad is not None]
        if not chosen:
            return
        params = [self.parameters[k] for k in chosen]
        grads = [p.grad for p in params]
        averages = [self.averages[k] for k in chosen]
        squares = [self.squares[k] for k in chosen]
        beta1, beta2 = self.betas
        self.steps += 1
        if self.weight_decay:
            torch._foreach_mul_(params, 1 - self.lr * self.weight_decay)
        torch._foreach_lerp_(averages, grads, 1 - beta1)
        torch._foreach_mul_(squares, beta2)
        torch._foreach_addcmul_(squares, grads, grads, 1 - beta2)
        step_size = self.lr / (1 - beta1**self.steps)
        denominators = torch._foreach_sqrt(squares)
        torch._foreach_div_(denominators, math.sqrt(1 - beta2**self.steps))
        torch._foreach_add_(denominators, self.eps)
        torch._foreach_addcdiv_(params, averages, denominators, -step_size)
