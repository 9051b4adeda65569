class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f'{field}: {message}')
        self.field = field
        self.message = message

class RangeError(ValidationError):
    def __init__(self, field, lo, hi, value):
        super().__init__(field, f'{value} not in [{lo}, {hi}]')
        self.value = value

def validate(age):
    if not isinstance(age, int):
        raise ValidationError('age', 'must be int')
    if not 0 <= age <= 150:
        raise RangeError('age', 0, 150, age)
    return age

for v in [30, -1, 'x', 200]:
    try:
        print('valid', validate(v))
    except RangeError as e:
        print('RangeError', e, e.field, e.value, e.args)
    except ValidationError as e:
        print('ValidationError', e, repr(e.message))
print(issubclass(RangeError, Exception), RangeError.__mro__[1].__name__)

class Plain(Exception):
    pass

print(repr(Plain()), repr(Plain('a', 2)), str(Plain('a', 2)), str(Plain()), str(Plain('x')))
