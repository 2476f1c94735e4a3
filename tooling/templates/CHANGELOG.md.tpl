# @asyncutils/{{NAME}}
