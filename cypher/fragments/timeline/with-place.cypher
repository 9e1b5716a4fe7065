// Each event's place (Event.place asked for, or every property read): the entity it is AT.
WITH *, head([(e)-[:AT]->(p:Entity) | p.id]) AS place
