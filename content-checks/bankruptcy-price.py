from _chkD import chk, done
from _liq import linear, inverse
E, L = 100_000, 10
chk("linear long E(1-1/L)", E*(1-1/L), 90_000); chk("linear long, solver m=0", linear(E, E/L, 1, 0, 0, 'long'), 90_000, 0.01)
chk("linear short E(1+1/L)", E*(1+1/L), 110_000); chk("linear short, solver m=0", linear(E, E/L, 1, 0, 0, 'short'), 110_000, 0.01)
chk("inverse long E/(1+1/L)", E/(1+1/L), 90_909, 1); chk("inverse long, solver m=0", inverse(E, 1/L, E, 0, 'long'), 90_909, 1)
chk("inverse short E/(1-1/L)", E/(1-1/L), 111_111, 1); chk("inverse short, solver m=0", inverse(E, 1/L, E, 0, 'short'), 111_111, 1)
Nk = 100_000; Mc = Nk/E/L; chk("margin BTC", Mc, 0.1)
chk("liq price m=0.5%", E*1.005/1.1, 91_364, 1)
eq = lambda P: Mc + Nk*(1/E - 1/P)
chk("equity if closed at 91,000 (BTC)", eq(91_000), 0.0011, 5e-5); chk("equity if closed at 90,500 (BTC)", eq(90_500), -0.0050, 5e-5)
# gap liq-bankruptcy ~ m of notional
chk("gap liq-bkr / E vs m (linear long 10x)", (90_000/0.995 - 90_000)/E, 0.005, 0.0005)
done()
