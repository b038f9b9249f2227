from _g import *
show("100*1.24^3", 100*1.24**3, "about 190.7")
show("Calmar fund 1", 0.24/0.30, "0.80")
show("Calmar fund 2", 0.15/0.12, "1.25")
