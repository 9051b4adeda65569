import json
import types


def to_namespace(obj):
    if isinstance(obj, dict):
        return types.SimpleNamespace(**{k: to_namespace(v) for k, v in obj.items()})
    if isinstance(obj, list):
        return [to_namespace(v) for v in obj]
    return obj


cfg = to_namespace(json.loads('{"model": {"layers": [64, 32], "act": "relu"}, "lr": 0.01, "tags": [{"k": 1}]}'))
print(cfg)
print(cfg.model.layers, cfg.model.act, cfg.lr, cfg.tags[0].k)
cfg.lr *= 10
cfg.model.dropout = 0.5
print(sorted(vars(cfg.model)), cfg.lr)
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1), hasattr(cfg, "missing"))
print(getattr(cfg, "missing", "default"), repr(types.SimpleNamespace(x=types.SimpleNamespace())))
