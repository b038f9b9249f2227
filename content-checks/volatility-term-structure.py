# Recheck of term/volatility-term-structure (batch C)
import math
def row(label, text, val, fmt="%.6g"): print(("%-55s text=%-12s calc="+fmt)%(label,text,val))
def fwd(s1,t1,s2,t2):
    v=(s2**2*t2-s1**2*t1)/(t2-t1); return math.sqrt(v) if v>0 else float('nan'), v
row("fwd vol 7d 45% / 30d 50%","~51.4%",fwd(.45,7/365,.50,30/365)[0]*100,"%.3f%%")
row("fwd vol 7d 80% / 30d 60%","~52.4%",fwd(.80,7/365,.60,30/365)[0]*100,"%.3f%%")
row("min 30d vol given 7d at 90%","~43.5%",math.sqrt(.9**2*7/30)*100,"%.3f%%")
row("fwd variance if 30d=40% (negative)","negative",fwd(.90,7/365,.40,30/365)[1],"%.5f")
