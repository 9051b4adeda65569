from collections import Counter
import re
text = '''It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity.'''
words = re.findall(r"[a-z']+", text.lower())
print(len(words), len(set(words)))
freq = Counter(words)
print(freq.most_common(5))
print(sorted(w for w, c in freq.items() if c == 1))
lengths = Counter(len(w) for w in words)
for n in sorted(lengths):
    print(f'{n:2} {"#" * lengths[n]}')
sentences = [s.strip() for s in re.split(r'[.!?]', text) if s.strip()]
print(len(sentences), round(len(words) / len(sentences), 2))
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
print(max(words, key=len), text.count('it was'), text.lower().count('it was'))
