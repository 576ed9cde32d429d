visible = 1
_hidden = 2
import os as _os
