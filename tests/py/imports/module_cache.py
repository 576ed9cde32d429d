import sys
import pkg_helpers.state as s1
import pkg_helpers.state as s2
print(s1 is s2, s1.bump(), s2.bump(), s1.counter)
print("pkg_helpers.state" in sys.modules, "pkg_helpers" in sys.modules)
del sys.modules["pkg_helpers.state"]
import pkg_helpers.state as s3
print(s3 is s1, s3.counter, s1.counter)
sys.modules["fake_module_name"] = s1
import fake_module_name
print(fake_module_name is s1)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print("ImportError:", e)
