# Recheck of definition/order-book
def show(n,c,t): print(f"{n:55s} computed {c} | text {t}")
queue=[("A",2),("B",5),("C",1)]; rem=4; fills={}
for n,q in queue: take=min(q,rem); fills[n]=take; rem-=take
show("price-time fills", fills, "A 2, B 2, C 0")
tot=sum(q for _,q in queue); show("pro-rata fills", {n:4*q/tot for n,q in queue}, "A 1, B 2.5, C 0.5")
