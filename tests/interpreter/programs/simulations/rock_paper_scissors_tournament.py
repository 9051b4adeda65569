# A round-robin tournament of rock-paper-scissors strategies (classes with
# memory, a seeded random player, a frequency counter); scores and a ranking.
import itertools
import random
from collections import Counter

MOVES = ("rock", "paper", "scissors")
BEATS = {"rock": "scissors", "paper": "rock", "scissors": "paper"}
COUNTER_MOVE = {v: k for k, v in BEATS.items()}


class Player:
    def __init__(self):
        self.history = []

    def move(self, opponent_history):
        raise NotImplementedError

    @property
    def name(self):
        return type(self).__name__


class Rocky(Player):
    def move(self, opp):
        return "rock"


class Cycler(Player):
    def move(self, opp):
        return MOVES[len(self.history) % 3]


class Copycat(Player):
    def move(self, opp):
        return opp[-1] if opp else "paper"


class Beater(Player):
    def move(self, opp):
        return COUNTER_MOVE[opp[-1]] if opp else "scissors"


class Frequentist(Player):
    def move(self, opp):
        if not opp:
            return "rock"
        common = max(sorted(Counter(opp).items()), key=lambda kv: kv[1])[0]
        return COUNTER_MOVE[common]


class Randy(Player):
    def __init__(self, seed=3):
        super().__init__()
        self.rng = random.Random(seed)

    def move(self, opp):
        return self.rng.choice(MOVES)


def play(a, b, rounds=60):
    a.history, b.history = [], []
    score = Counter()
    for _ in range(rounds):
        ma, mb = a.move(b.history), b.move(a.history)
        a.history.append(ma)
        b.history.append(mb)
        if BEATS[ma] == mb:
            score[a.name] += 1
        elif BEATS[mb] == ma:
            score[b.name] += 1
        else:
            score["draw"] += 1
    return score


players = [Rocky(), Cycler(), Copycat(), Beater(), Frequentist(), Randy()]
table = Counter()
for a, b in itertools.combinations(players, 2):
    s = play(a, b)
    table[a.name] += 2 * s[a.name] + s["draw"]
    table[b.name] += 2 * s[b.name] + s["draw"]
    print(f"{a.name:12} {s[a.name]:3} - {s[b.name]:3} {b.name:12} draws {s['draw']}")
for rank, (name, pts) in enumerate(sorted(table.items(), key=lambda kv: (-kv[1], kv[0])), 1):
    print(rank, name, pts)
try:
    Player().move([])
except NotImplementedError:
    print("abstract player refuses to move")
