"""Networks every medium shares: the Classifier contract (base.py) and the recurrent sequence models
(sequence.py). A medium's own networks live with it (core/media/<medium>/models.py); the registry builds them
(`mmstudio.core.media.build_model`)."""
