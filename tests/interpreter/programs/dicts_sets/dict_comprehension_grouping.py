students = [('ann', 'math', 90), ('bob', 'math', 72), ('ann', 'art', 85), ('cy', 'art', 60), ('bob', 'art', 95)]
by_student = {}
for name, subject, score in students:
    by_student.setdefault(name, {})[subject] = score
print(by_student)
averages = {n: sum(s.values()) / len(s) for n, s in by_student.items()}
print(averages)
best = max(averages, key=averages.get)
print(best, averages[best])
by_subject = {}
for name, subject, score in students:
    by_subject.setdefault(subject, []).append((score, name))
print({s: max(v)[1] for s, v in by_subject.items()})
inverted = {}
for name, subjects in by_student.items():
    for subj in subjects:
        inverted.setdefault(subj, []).append(name)
print(inverted)
print(sorted(by_student, key=lambda n: -len(by_student[n])))
