import io
import json

records = [{"id": i, "tags": ["x"] * i, "ok": i % 2 == 0} for i in range(4)]
buf = io.StringIO()
json.dump(records, buf, indent=2, sort_keys=True)
text = buf.getvalue()
print(text)
buf.seek(0)
print(json.load(buf) == records)
lines = io.StringIO("\n".join(json.dumps(r) for r in records))
print([json.loads(line)["id"] for line in lines])
