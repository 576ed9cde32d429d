from ... import LEVEL as up2
from .... import LEVEL as up3
from ..l2sib import SIB
LEVEL = "pkg_deep/l1/l2/l3"
