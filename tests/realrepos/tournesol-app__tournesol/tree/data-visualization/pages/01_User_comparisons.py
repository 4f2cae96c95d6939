# facts only, one per line
import streamlit
