"""256 plain English nouns, one for each byte of a key fingerprint (keys.words_of).

Chosen to be concrete, easy to say and hard to mishear; no two are the same. The list is part of
the fingerprint's display: changing it changes what managers read to each other.
"""

_LIST = """
acid acorn actor adult agent alarm album alert alley amber angle ankle apple apron arena arrow
atlas attic audio autumn award bacon badge bagel baker balsa bamboo banjo barn basil basket
beach beacon beard beaver berry bicycle bingo birch bishop blade blanket blossom board bonus
border bottle bracket bread brick bridge broom bucket buffalo bugle bundle butter button cabin
cactus camel candle canoe canyon captain carbon carpet carrot castle cedar cellar cement chalk
cherry chess chimney cinema circle citrus clarinet cliff clock cloud clover cobalt cocoa comet
copper coral cotton cousin coyote crater crayon cricket crystal cupboard curtain cushion dancer
delta desert diesel dinner dolphin domino donkey dragon drawer drum eagle easel echo elbow ember
engine falcon feather fennel ferry fiddle fig flannel flute forest fossil fountain fox galaxy
garden garlic gazelle geyser ginger glacier globe goblet gondola gopher granite grape gravel
guitar hammock harbor harvest hazel helmet heron honey hopper hornet iceberg igloo island ivory
jacket jaguar jasmine jelly jigsaw juniper kayak kernel kettle kiwi koala ladder lagoon lantern
laptop lemon lentil library lily linen lobster locket lotus magnet mango maple marble meadow
melon meteor mirror mitten monsoon mosaic muffin mustard napkin nectar needle nickel noodle
nutmeg oasis ocean olive onion orbit orchid otter oyster paddle pancake panda papaya parrot
pebble pencil pepper piano pickle pigeon pillow pilot pine planet pocket poppy potato prairie
puffin pumpkin quartz quill rabbit radar radish raven reef ribbon river robin rocket saddle
salmon sandal satchel scarf seagull sesame shovel silver sketch sleigh socket spider spinach
sponge spruce squid stapler
"""
WORDS: tuple[str, ...] = tuple(_LIST.split())
assert len(WORDS) == 256 and len(set(WORDS)) == 256
