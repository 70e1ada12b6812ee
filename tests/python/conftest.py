"""Put the generated bindings (safesteps.py beside libsafesteps_ffi.so) on the path."""
import os
import sys

GEN = os.environ.get("SAFESTEPS_PY_BINDINGS")
if not GEN:
    raise RuntimeError("set SAFESTEPS_PY_BINDINGS to the folder with the generated safesteps.py")
sys.path.insert(0, GEN)
