from _g import *
import statistics as st
A=[6,-1,-2,9,-1,-2,5,-2]; B=[-3,4,5,-6,4,5,-2,5]
show("B == 3 - A (mirror about 1.5)", float(B==[3-a for a in A]), "mirrors A")
for nm,x in [("A",A),("B",B)]:
    show(f"{nm} mean", st.mean(x), "1.5%")
    show(f"{nm} sd sample", st.stdev(x), "about 4.44%"); show(f"{nm} sd pop", st.pstdev(x), "(pop)")
    show(f"{nm} Sharpe (sample sd)", st.mean(x)/st.stdev(x), "about 0.34")
    ss=sum(min(0,v)**2 for v in x)
    dd=math.sqrt(ss/len(x))
    show(f"{nm} sum sq shortfall", ss, "14 (A) / 49 (B)")
    show(f"{nm} DD", dd, "1.32 (A) / 2.47 (B)")
    show(f"{nm} Sortino", st.mean(x)/dd, "1.13 (A) / 0.61 (B)")
    nb=sum(1 for v in x if v<0)
    show(f"{nm} DD dividing by below-target count", math.sqrt(ss/nb), "larger")
show("ratio A/B sortino", (1.5/math.sqrt(14/8))/(1.5/math.sqrt(49/8)), "almost twice")
