# Recheck of term/volatility-risk-premium (batch C)
import math
def row(label, text, val, fmt="%.6g"): print(("%-55s text=%-12s calc="+fmt)%(label,text,val))
row("premium in vol points","10",55-45,"%d")
row("implied variance","0.3025",0.55**2,"%.4f"); row("realized variance","0.2025",0.45**2,"%.4f")
row("variance premium","0.1000",0.55**2-0.45**2,"%.4f")
Nvar=100000/110
row("variance notional","~909",Nvar,"%.2f")
row("seller collects","~909,000",Nvar*(3025-2025),"%.0f")
row("seller loses if RV=80","~3.07 million",Nvar*(6400-3025),"%.0f")
