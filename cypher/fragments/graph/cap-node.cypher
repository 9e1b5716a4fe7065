$perNode
