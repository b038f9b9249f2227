from _chkD import chk, done
from _liq import inverse
E, m = 100_000, 0.005
inv_long  = lambda L: E*(1+m)/(1+1/L)
inv_short = lambda L: E*(1-m)/(1-1/L)
chk("1x inverse long liq (formula)", inv_long(1), 50_250, 1)
chk("1x inverse long liq (solver)", inverse(E, 1.0, E, m, 'long'), 50_250, 1)
chk("2x inverse short: rise to liq (%)", (inv_short(2)/E-1)*100, 99, 1e-6)
chk("2x inverse short (solver, %)", (inverse(E, .5, E, m, 'short')/E-1)*100, 99, 1e-6)
# 1x short: equity Mc + Nk(1/P - 1/E) with Mc = Nk/E  ->  Nk/P = m Nk/P  has no solution for m<1
print("   1x inverse short: equity = Nk/P, requirement = m*Nk/P, never equal for m < 1 -> 'no finite solution' OK")
# hedge claim: X coins, short V = X*E USD of inverse -> dollar value constant
X = 3.0; V = X*E
for P in (50_000, 100_000, 200_000):
    coins = X + V*(1/P - 1/E); chk(f"locked dollar value at P={P}", coins*P, V, 1e-6)
# concavity of long coin payoff / convexity of short
f = lambda P: (1/E - 1/P)
chk("long coin gain +10% vs loss -10% (long loses more than gains)", -(f(90_000))-f(110_000) > 0, 1, 0)
done()
