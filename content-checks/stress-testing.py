from _g import *
show("perp loss on +40% (USD m)", 20*0.40, "8"); show("excess over margin", 20*0.40-5, "3")
show("reverse stress rise %", 5/20*100, "25%")
show("venue failure total (USD m)", 5+20*0.30, "11"); show("% of capital", (5+20*0.30)/25*100, "44%")
show("USDC margin at 0.88", 5*0.88, "4.4"); show("loss", 5-5*0.88, "0.6")
