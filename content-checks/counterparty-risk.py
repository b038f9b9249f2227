from _g import *
ead=3e6+1e6; show("exposure USD", ead, "4 million")
el=0.03*ead*0.60; show("EL USD/yr", el, "72,000"); show("EL % of exposure", el/ead*100, "1.8%")
show("SA-CCR alpha", 1.4, "1.4 x (RC + PFE) (bcbs279)")
