from _chkD import chk, done
Q = 5  # CME BTC contract = 5 BTC
prices = [100_000, 98_000, 101_500, 103_000]
vm = [Q*(b-a) for a, b in zip(prices, prices[1:])]
chk("day 1 variation margin (pay)", -vm[0], 10_000)
chk("day 2 variation margin (receive)", vm[1], 17_500)
chk("final transfer", vm[2], 7_500)
chk("sum of the three payments", sum(vm), 15_000)
chk("forward lump 5 x 3,000", Q*(103_000-100_000), 15_000)
done()
