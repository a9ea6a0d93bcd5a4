-- a module that returns nothing: require gives true
side_effect_from_nothing = (side_effect_from_nothing or 0) + 1
