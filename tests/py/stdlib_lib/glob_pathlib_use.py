# pathlib and glob on a temporary tree: creation, globbing, relative paths, suffixes, reading.
import glob
import os
import pathlib
import tempfile

with tempfile.TemporaryDirectory() as d:
    root = pathlib.Path(d)
    (root / "pkg" / "sub").mkdir(parents=True)
    for name in ("a.py", "b.txt", "pkg/c.py", "pkg/sub/d.py", "pkg/sub/.hidden.py"):
        (root / name).write_text("# " + name + "\n")
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob("*.py")))
    print(sorted(p.name for p in root.glob("*")), sorted(p.name for p in (root / "pkg").iterdir()))
    print(sorted(os.path.relpath(p, d) for p in glob.glob(os.path.join(d, "**", "*.py"), recursive=True)))
    print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(d, "[ab].*"))), glob.escape("a[b]*"))
    f = root / "pkg" / "sub" / "d.py"
    print(f.read_text(), f.suffix, f.stem, f.parent.name, f.with_suffix(".txt").name, f.exists(), f.is_file())
    print(f.relative_to(root).parts, (root / "nope").exists(), f.stat().st_size, f.match("sub/*.py"))
    (root / "b.txt").rename(root / "e.txt")
    print(sorted(p.name for p in root.iterdir() if p.is_file()))
    with (root / "e.txt").open("a") as fh:
        fh.write("more\n")
    print((root / "e.txt").read_text().splitlines(), (root / "bin.dat").write_bytes(b"\x00\x01"))
    (root / "a.py").unlink()
    print(sorted(x.name for x in root.iterdir()))
p = pathlib.PurePosixPath("/usr/lib/python3.11/json/__init__.py")
print(p.parents[1], p.suffixes, p.anchor, p.is_absolute(), p.with_name("x.py"), p.joinpath("..", "y"))
print(pathlib.PurePosixPath("a/b") / "c", pathlib.PurePosixPath("a//b/./c"), pathlib.PurePath("x.tar.gz").suffixes)
