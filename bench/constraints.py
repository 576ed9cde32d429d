# A one-way constraint solver in the spirit of DeltaBlue: a chain of equality constraints
# and a projection, re-planned as inputs change (objects, lists, polymorphic calls).
import sys

REQUIRED, STRONG, MEDIUM, WEAK = 0, 1, 2, 3


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.stay = True

    def add(self, c):
        self.constraints.append(c)


class Constraint:
    def __init__(self, strength):
        self.strength = strength
        self.satisfied = False

    def is_input(self):
        return False


class StayConstraint(Constraint):
    def __init__(self, v, strength):
        Constraint.__init__(self, strength)
        self.output = v
        v.add(self)

    def inputs(self):
        return []

    def execute(self):
        pass


class EditConstraint(StayConstraint):
    def is_input(self):
        return True


class EqualityConstraint(Constraint):
    def __init__(self, a, b, strength):
        Constraint.__init__(self, strength)
        self.a = a
        self.b = b
        self.output = b
        a.add(self)
        b.add(self)

    def inputs(self):
        return [self.a]

    def execute(self):
        self.output.value = self.a.value


class ScaleConstraint(Constraint):
    def __init__(self, src, scale, offset, dest, strength):
        Constraint.__init__(self, strength)
        self.src = src
        self.scale = scale
        self.offset = offset
        self.output = dest
        src.add(self)
        dest.add(self)

    def inputs(self):
        return [self.src]

    def execute(self):
        self.output.value = self.src.value * self.scale.value + self.offset.value


class Planner:
    def __init__(self):
        self.constraints = []

    def add(self, c):
        self.constraints.append(c)

    def plan(self):
        # Order constraints so each runs after the ones that determine its inputs.
        order = []
        done = set()
        pending = sorted(self.constraints, key=lambda c: c.strength)
        while pending:
            rest = []
            for c in pending:
                if all(v.determined_by is None or id(v.determined_by) in done for v in c.inputs()):
                    order.append(c)
                    done.add(id(c))
                    c.output.determined_by = c
                    c.satisfied = True
                else:
                    rest.append(c)
            if len(rest) == len(pending):
                break
            pending = rest
        return order

    def run(self, order):
        for c in order:
            c.execute()


def chain_test(n):
    planner = Planner()
    vars_ = [Variable("v%d" % i) for i in range(n + 1)]
    for i in range(n):
        planner.add(EqualityConstraint(vars_[i], vars_[i + 1], REQUIRED))
    planner.add(StayConstraint(vars_[n], STRONG))
    edit = EditConstraint(vars_[0], STRONG)
    planner.add(edit)
    order = planner.plan()
    total = 0
    for value in range(100):
        vars_[0].value = value
        planner.run(order)
        total += vars_[n].value
    return total


def projection_test(n):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        planner.add(StayConstraint(src, WEAK))
        planner.add(ScaleConstraint(src, scale, offset, dst, REQUIRED))
    order = planner.plan()
    planner.run(order)
    total = sum(d.value for d in dests)
    for k in range(20):
        scale.value = k
        planner.run(order)
        total += sum(d.value for d in dests)
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
result = 0
for _ in range(n):
    result += chain_test(200) + projection_test(200)
print(result)
