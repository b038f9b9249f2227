# Recheck of term/leveraged-token numbers
import math
L=3
print("3x NAV 100 exposure (text 300): %.0f"%(L*100))
btc=1.1*0.9; tok=(1+L*0.10)*(1-L*0.10)
print("BTC after +10%%/-10%% (text 0.99, -1%%): %.4f"%btc)
print("3x token (text 0.91, -9%%): %.4f"%tok)
print("3 x BTC loss (text 3%%): %.1f%% ; ratio of token loss to it (text three times): %.1f"%(3*(1-btc)*100,(1-tok)/(3*(1-btc))))
s,T=0.60,1.0
for L,txt in [(3,"~34%"),(2,"~70%")]:
    print("%dx flat year at 60%% vol (text %s): %.2f%%"%(L,txt,math.exp(-0.5*(L*L-L)*s*s*T)*100))
# FTX intraday trigger: a 3x long reaching 4x effective leverage needs an underlying fall x with 3(1-x)/(1-3x)=4
x=1/9
print("3x long hits 4x after a fall of %.2f%%"%(x*100), "check:",3*(1-x)/(1-3*x))
