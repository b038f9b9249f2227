# Recheck of term/volatility-index (batch C)
import math
def row(label, text, val, fmt="%.6g"): print(("%-55s text=%-12s calc="+fmt)%(label,text,val))
T1,T2,s1,s2=28,35,0.54,0.56
w1=(T2-30)/(T2-T1); w2=(30-T1)/(T2-T1)
row("weight near","0.714",w1,"%.4f"); row("weight next","0.286",w2,"%.4f")
idx=100*math.sqrt((T1/365*s1**2*w1+T2/365*s2**2*w2)*365/30)
row("index","54.67",idx,"%.3f")
row("daily 1-sd move at 55","~2.88%",55/math.sqrt(365),"%.4f%%")
row("USD daily move BTC 100k","~2,879",100000*0.55/math.sqrt(365),"%.1f")
row("30-day move","~15.8%",55*math.sqrt(30/365),"%.3f%%")
