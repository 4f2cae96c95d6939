// facts only, one per line
__env__('BC_PORT', false, '4002')
