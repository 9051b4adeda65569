import csv
import io

data = "id,score,grade\n1,90,A\n2,72,C\n3,85,B\n"
reader = csv.DictReader(io.StringIO(data))
print(reader.fieldnames)
records = list(reader)
for r in records:
    print(r)
print(sum(int(r["score"]) for r in records) / len(records))
reader = csv.DictReader(io.StringIO("1,2,3\n4,5\n6,7,8,9\n"), fieldnames=["a", "b", "c"],
                        restkey="rest", restval="-")
for r in reader:
    print(r, reader.line_num)
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["id", "name"], lineterminator="\n")
w.writeheader()
w.writerow({"id": 1, "name": "Ann"})
w.writerows([{"id": 2, "name": "Bob"}, {"id": 3}])
print(out.getvalue(), end="")
try:
    w.writerow({"id": 4, "bogus": 1})
except ValueError as e:
    print("ValueError:", e)
w2 = csv.DictWriter(io.StringIO(), fieldnames=["a"], extrasaction="ignore")
w2.writerow({"a": 1, "b": 2})
r = csv.DictReader(io.StringIO("x,y\n1,2\n"))
r.fieldnames = ["first", "second"]
print(list(r))
