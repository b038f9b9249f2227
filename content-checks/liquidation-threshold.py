# Recheck of definition/liquidation-threshold
def show(name, val, text): print(f"{name}: computed {val:,.4f} | text {text}")
show("buffer 1-LTV/LT %", (1-0.80/0.83)*100, "about 3.6%")
show("Liquity 110% -> LT %", 100/1.10, "about 90.9%")
show("LT*(1+b)", 0.83*1.05, "0.8715")
show("C/D at HF=1", 1/0.83, "about 1.205")
# further fall x such that C(1-x) = D(1+b), C = D/LT
show("fall until C < D(1+b) %", (1-0.83*1.05)*100, "12.85%")
show("fall until C < D %", (1-0.83)*100, "17%")
