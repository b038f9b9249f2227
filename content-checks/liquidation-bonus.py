# Recheck of definition/liquidation-bonus
def show(name, val, text): print(f"{name}: computed {val:,.6f} | text {text}")
R, P, b, fee = 10000, 2500, 0.05, 0.10
base = R/P; bonus = base*b; seized = base*(1+b); tre = bonus*fee; liq = seized-tre
show("base ETH", base, "4"); show("bonus ETH", bonus, "0.2"); show("seized", seized, "4.2")
show("treasury", tre, "0.02"); show("liquidator ETH", liq, "4.18")
show("liquidator USD", liq*P, "10,450"); show("gross profit", liq*P-R, "450")
show("Aave encoding of 5%", 10000*(1+b), "10500")
LIF = lambda L: min(1.15, 1/(1-0.3*(1-L)))
# Morpho docs form: min(M, 1/(beta*LLTV + (1-beta))), beta=0.3, M=1.15
LIF_doc = lambda L: min(1.15, 1/(0.3*L + 0.7))
show("LIF 86% (%)", (LIF(0.86)-1)*100, "about 4.38%")
show("LIF 86% doc form (%)", (LIF_doc(0.86)-1)*100, "same")
show("LIF 94.5% (%)", (LIF(0.945)-1)*100, "about 1.68%")
# cap binds where 1/(1-0.3(1-L)) = 1.15
Lc = 1-(1-1/1.15)/0.3
show("cap LLTV (%)", Lc*100, "about 56.5%")
show("Compound III factor 0.93 penalty %", (1-0.93)*100, "7%")
