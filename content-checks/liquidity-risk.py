from _g import *
i1=0.05*math.sqrt(4/40); i2=0.10*math.sqrt(4/20)
show("impact calm %", i1*100, "about 1.6%"); show("USD", 4e6*i1, "63,000")
show("impact stress %", i2*100, "about 4.5%"); show("USD", 4e6*i2, "179,000")
show("ratio", i2/i1, "nearly three times")
