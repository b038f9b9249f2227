# shared helpers for Batch G rechecks
import math
N = lambda x: 0.5*(1+math.erf(x/math.sqrt(2)))
def Ninv(p):
    lo,hi=-40.0,40.0
    for _ in range(200):
        m=(lo+hi)/2
        if N(m)<p: lo=m
        else: hi=m
    return (lo+hi)/2
def show(name, val, text, fmt=",.4f"):
    print(f"{name}: computed {format(val, fmt)} | text {text}")
