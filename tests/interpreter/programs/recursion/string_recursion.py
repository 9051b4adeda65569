def reverse(s):
    return s if len(s) <= 1 else reverse(s[1:]) + s[0]

def is_pal(s):
    s = ''.join(c.lower() for c in s if c.isalnum())
    return len(s) < 2 or (s[0] == s[-1] and is_pal(s[1:-1]))

def edit_distance(a, b, memo=None):
    memo = {} if memo is None else memo
    if (a, b) in memo:
        return memo[(a, b)]
    if not a or not b:
        r = len(a) + len(b)
    elif a[0] == b[0]:
        r = edit_distance(a[1:], b[1:], memo)
    else:
        r = 1 + min(edit_distance(a[1:], b, memo), edit_distance(a, b[1:], memo), edit_distance(a[1:], b[1:], memo))
    memo[(a, b)] = r
    return r

def balanced(s, depth=0):
    if not s:
        return depth == 0
    if s[0] == '(':
        return balanced(s[1:], depth + 1)
    if s[0] == ')':
        return depth > 0 and balanced(s[1:], depth - 1)
    return balanced(s[1:], depth)

print(reverse('recursion'), is_pal('A man, a plan, a canal: Panama'), is_pal('abc'))
print(edit_distance('kitten', 'sitting'), edit_distance('', 'abc'), edit_distance('flaw', 'lawn'))
print([balanced(s) for s in ['(())', '(()', ')(', 'a(b)c', '']])
