from _g import *
p=1-0.98**4; show("P(at least one of 4) %", p*100, "about 7.8%"); show("x single", p/0.02, "nearly four times")
show("DAO share 3.6m of ~11.5m ETH raised", 3.6/11.5, "roughly a third")
