"""Re-check definition/intrinsic-value (batch A)."""
from _chkA import *
S=100_000
chk("90k call intrinsic", max(S-90_000,0), 10_000)
chk("110k put intrinsic", max(110_000-S,0), 10_000)
chk("105k call intrinsic", max(S-105_000,0), 0)
chk("90k call coin intrinsic (BTC)", max(S-90_000,0)/S, 0.1, 1e-9)
chk("110k put coin intrinsic (BTC)", max(110_000-S,0)/S, 0.1, 1e-9)
F=103_000; T=0.25
chk("3m basis annualised, simple %", (F/S-1)/T*100, 12, 0.05)
print("   (continuous:", round(math.log(F/S)/T*100,2), "%)")
for TT,lab in [(0.25,"T=0.25"),(90/365,"T=90/365"),(91/365,"T=91/365"),(92/365,"T=92/365")]:
    print(f"   {lab}: 150k put={black(F,150_000,TT,.5,kind='p'):,.1f}  70k call={black(F,70_000,TT,.5):,.1f}")
P=black(F,150_000,T,.5,kind='p'); C=black(F,70_000,T,.5)
chk("B76 150k put (T=0.25)", P, 47_898, 1)
chk("spot intrinsic 150k put", 150_000-S, 50_000)
chk("gap below spot intrinsic ~2,100", 50_000-P, 2_100, 50)
chk("forward intrinsic 150k put", 150_000-F, 47_000)
chk("B76 70k call (T=0.25)", C, 33_558, 1)
chk("70k call spot intrinsic", S-70_000, 30_000)
done()
