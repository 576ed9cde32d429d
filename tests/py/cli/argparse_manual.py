# args: --name Ann -v -v input.txt --count=3 -- -notaflag
import sys
def parse(args):
    opts = {"verbose": 0, "name": None, "count": 1, "files": []}
    i = 0
    only_files = False
    while i < len(args):
        a = args[i]
        if only_files:
            opts["files"].append(a)
        elif a == "--":
            only_files = True
        elif a == "-v":
            opts["verbose"] += 1
        elif a == "--name":
            i += 1
            opts["name"] = args[i]
        elif a.startswith("--count="):
            opts["count"] = int(a.split("=", 1)[1])
        else:
            opts["files"].append(a)
        i += 1
    return opts
print(sorted(parse(sys.argv[1:]).items()))
