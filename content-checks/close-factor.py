# Recheck of definition/close-factor
def show(name, val, text): print(f"{name}: computed {val:,.4f} | text {text}")
LT, b = 0.83, 0.05
show("boundary LT(1+b)", LT*(1+b), "0.8715")
# derivation check: new HF > old HF  <=>  C > D(1+b)  <=>  HF > LT(1+b)
import itertools
ok = True
for C, D, R in itertools.product([80000,100000,120000],[70000,84000,100000],[1000,20000,40000]):
    if R*(1+b) >= C or R >= D: continue
    old = LT*C/D; new = LT*(C-R*(1+b))/(D-R)
    ok &= ((new > old) == (old > LT*(1+b)))
print("condition HF > LT(1+b) verified on grid:", ok)
C, D = 100000, 84000
show("HF", LT*C/D, "about 0.988")
R = 0.5*D
show("repay", R, "42,000"); show("collateral removed", R*(1+b), "44,100")
show("collateral left", C-R*(1+b), "55,900"); show("new HF", LT*(C-R*(1+b))/(D-R), "about 1.105")
C, D = 100000, 100000
show("HF", LT*C/D, "0.83")
R = 0.5*D
show("collateral left", C-R*(1+b), "47,500"); show("debt left", D-R, "50,000")
show("new HF", LT*(C-R*(1+b))/(D-R), "about 0.789")
show("max debt covered", C/(1+b), "about 95,238"); show("written off", D-C/(1+b), "4,762")
