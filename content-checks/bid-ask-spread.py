# Recheck of definition/bid-ask-spread
import math
def show(n,c,t): print(f"{n:55s} computed {c:,.4f} | text {t}")
B,A=99_990,100_010; M=(A+B)/2; show("mid", M, "100,000")
show("quoted spread bp", (A-B)/M*1e4, "2"); P=100_010; Mp=100_030
Se=2*(P-M)/M*1e4; Sr=2*(P-Mp)/M*1e4; imp=2*(Mp-M)/M*1e4
show("effective spread bp", Se, "2"); show("realized spread bp", Sr, "minus 4"); show("impact term bp", imp, "plus 6")
show("identity Se - (Sr+impact)", Se-(Sr+imp), "0")
S=2*math.sqrt(0.0001); show("Roll estimate (USD)", S, "0.02"); show("  as % of 2.00", S/2*100, "1%")
for f,t in ((0.0005,"about 0.1%"),(0.003,"0.6%")):
    show(f"AMM round trip 1/(1-f)-(1-f), f={f} (%)", (1/(1-f)-(1-f))*100, t)
