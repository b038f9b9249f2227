# Recheck of area/risk-measures: only numeric claim is USDC ~0.88 on 11 Mar 2023 (fact, checked by search)
from _g import *
show("365 vs 252 annualisation factor ratio", math.sqrt(365)/math.sqrt(252), "(context only)")
