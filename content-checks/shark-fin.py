# Recheck of term/shark-fin table
dep,days,L,U,yb,ym=10000,7,100000,110000,0.02,0.20
def rate(ST):
    if L<=ST<=U: return yb+(ST-L)/(U-L)*(ym-yb)
    return yb
for ST,tr,tp in [(95000,"2%","3.84"),(105000,"11%","21.10"),(109000,"18.2%","34.90"),(115000,"2%","3.84")]:
    y=rate(ST); print("S_T=%d rate %.2f%% (text %s) payout %.4f (text %s)"%(ST,y*100,tr,dep*y*days/365,tp))
print("10%% rally weekly return (text 0.04%%): %.4f%%"%(dep*yb*days/365/dep*100))
# max-rate payout just below U
print("max payout at U: %.2f"%(dep*ym*days/365))
