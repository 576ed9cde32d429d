# Locations of 'break'/'continue' outside a loop (also inside `with`, whose unwinding must not
# move the error) and of mixing except/except* on one try.
srcs = [
    "with object() as obj:\n break",
    "if 1:\n break",
    "with a:\n    continue",
    "try:\n  pass\nfinally:\n  break",
    "async def f():\n    async with a:\n        break",
    "try: pass\nexcept ValueError: pass\nexcept* TypeError: pass",
    "try: pass\nexcept* ValueError: pass\nexcept TypeError: pass",
]
for src in srcs:
    try:
        compile(src, "f", "exec")
    except SyntaxError as e:
        print(e.lineno, e.offset, e.end_lineno, e.end_offset, e.msg)
