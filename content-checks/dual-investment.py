# Recheck of term/dual-investment worked example
import math
dep,rate,days,S,K=10000,0.40,7,95000,90000
y=dep*rate*days/365
print("yield (text ~76.71): %.4f"%y)
print("due (text 10,076.71): %.2f"%(dep+y))
btc=(dep+y)/K
print("BTC received (text ~0.11196): %.6f"%btc)
print("breakeven price (text ~89,315): %.2f"%(dep/btc))
print("value at 80,000 (text ~8,957): %.2f"%(btc*80000))
print("put OTM %% (text ~5%%): %.2f%% below spot"%((1-K/S)*100))
