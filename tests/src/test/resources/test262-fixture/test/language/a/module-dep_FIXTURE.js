export var x = 1;
