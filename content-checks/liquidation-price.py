from _chkD import chk, done
from _liq import linear, inverse
import math
m = 0.005; E = 100_000
# closed forms stated in the entry (linear) and in inverse-contract
cl_long  = lambda E, M, Q, m, A=0: (E-(M+A)/Q)/(1-m)
cl_short = lambda E, M, Q, m, A=0: (E+(M+A)/Q)/(1+m)
inv_long  = lambda E, L, m: E*(1+m)/(1+1/L)
inv_short = lambda E, L, m: E*(1-m)/(1-1/L)
# 1) formulas vs first-principles solver, several random-ish cases incl. A != 0
for (Q, M, mm, A) in [(2, 20_000, .005, 50), (0.7, 3_000, .01, 125), (10, 50_000, .004, 0)]:
    chk(f"linear long formula vs solver Q={Q} M={M} m={mm} A={A}", cl_long(E, M, Q, mm, A), linear(E, M, Q, mm, A, 'long'), 1e-4)
    chk(f"linear short formula vs solver Q={Q} M={M} m={mm} A={A}", cl_short(E, M, Q, mm, A), linear(E, M, Q, mm, A, 'short'), 1e-4)
for L in [2, 5, 10, 20, 50, 100]:
    chk(f"inverse long formula vs solver L={L}", inv_long(E, L, m), inverse(E, 1/L, 1*E, m, 'long'), 1e-3)
    chk(f"inverse short formula vs solver L={L}", inv_short(E, L, m), inverse(E, 1/L, 1*E, m, 'short'), 1e-3)
# 2) the table (percent move to liquidation)
table = {2: (-49.75, 49.25, -33.00, 99.00), 5: (-19.60, 19.40, -16.25, 24.38), 10: (-9.55, 9.45, -8.64, 10.56),
         20: (-4.52, 4.48, -4.29, 4.74), 50: (-1.51, 1.49, -1.47, 1.53), 100: (-0.50, 0.50, -0.50, 0.51)}
for L, (a, b, c, d) in table.items():
    Q = 1.0; M = E/L
    vals = (linear(E, M, Q, m, 0, 'long')/E-1, linear(E, M, Q, m, 0, 'short')/E-1,
            inverse(E, 1/L, E, m, 'long')/E-1, inverse(E, 1/L, E, m, 'short')/E-1)
    for name, v, t in zip(("lin long", "lin short", "inv long", "inv short"), vals, (a, b, c, d)):
        r2 = math.floor(abs(v*100)*100 + 0.5 + 1e-9)/100*(1 if v > 0 else -1)  # round half up, 2 dp
        chk(f"table {L}x {name} (%), rounded half-up", r2, t, 1e-9)
print("   note: inverse short 5x exact value = 0.995/0.8 - 1 = 24.375% exactly; the text had 24.37 (now 24.38)")
# 3) tier example
P1 = cl_long(100_000, 20_000, 2, .005, 50); chk("tier example liq price", P1, 90_427, 1)
chk("tier example: solver", linear(100_000, 20_000, 2, .005, 50), 90_427, 1)
chk("notional at liq", 2*P1, 180_854, 1)
pay = 0.0001*200_000; chk("funding payment", pay, 20); chk("90 payments", 90*pay, 1_800)
P2 = cl_long(100_000, 20_000-90*pay, 2, .005, 50); chk("liq after funding", P2, 91_332, 1)
chk("shift", P2-P1, 905, 1)
done()
