from _g import *
import statistics as st
d=0.0012/0.025
show("daily SR", d, "0.048")
show("x sqrt365", d*math.sqrt(365), "about 0.92")
show("annual excess %", 0.12*365, "43.8%")
show("annual vol %", 2.5*math.sqrt(365), "about 47.8%")
show("x sqrt252", d*math.sqrt(252), "about 0.76")
show("ratio 365/252", math.sqrt(365/252), "moves by a fifth")
# Lo SE
n=3*365; Sd=1/math.sqrt(365)
se=math.sqrt((1+Sd**2/2)/n)*math.sqrt(365)
show("annualised SE", se, "about 0.58")
show("95% lo", 1-1.96*se, "about -0.13"); show("95% hi", 1+1.96*se, "about 2.13")
# alternating months
r=[0.01 if i%2==0 else 0.02 for i in range(35)]
for dd,name in [(1,"sample"),(0,"population")]:
    sd=st.stdev(r) if dd else st.pstdev(r)
    show(f"35m annual SR ({name} sd)", st.mean(r)/sd*math.sqrt(12), "about 10.1")
c=math.prod(1+x for x in r)-1
show("35m cum %", c*100, "about 67.5%")
r2=r+[-0.25]
for dd,name in [(1,"sample"),(0,"population")]:
    sd=st.stdev(r2) if dd else st.pstdev(r2)
    show(f"36m annual SR ({name} sd)", st.mean(r2)/sd*math.sqrt(12), "about 0.58")
show("36m cum %", (math.prod(1+x for x in r2)-1)*100, "about 25.6%")
