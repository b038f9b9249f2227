"""Independent liquidation / bankruptcy solver: finds P where equity(P) = m * position value(P) by bisection,
from first principles (no closed form), so the closed forms in the entries can be checked against it."""
def bisect(f, lo, hi, it=200):
    flo = f(lo)
    for _ in range(it):
        mid = (lo+hi)/2; fm = f(mid)
        if (fm > 0) == (flo > 0): lo, flo = mid, fm
        else: hi = mid
    return (lo+hi)/2
# linear: Q coins, entry E, margin M (USD), maintenance = m*Q*P - A (USD)
def linear(E, M, Q, m, A=0.0, side='long'):
    s = 1 if side == 'long' else -1
    f = lambda P: M + s*Q*(P-E) - (m*Q*P - A)
    return bisect(f, 1e-9, E*100)
# inverse: N*k USD face, entry E, margin Mc in coin, maintenance = m * coin value N*k/P
def inverse(E, Mc, Nk, m, side='long'):
    s = 1 if side == 'long' else -1
    f = lambda P: Mc + s*Nk*(1/E - 1/P) - m*Nk/P
    return bisect(f, E*1e-6, E*1e6)
